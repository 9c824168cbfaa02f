"""The app's actions on the release shown: open its link, copy its citation or id, export it as
Markdown. Kept apart from tui/app.py to keep the App small."""

from __future__ import annotations

from pressreader.errors import ExportFailed
from pressreader.model import Release
from pressreader.tui.app_base import AppBase
from pressreader.tui.widgets import QuoteNav


class ReleaseActions(AppBase):
    """Keys o, y, c and e (and their commands in the palette)."""

    def action_open_link(self) -> None:
        url = self.reader.release.url if self.reader.release else None
        if not url:
            self.notify("This release has no link to open.", severity="warning", timeout=3)
            return
        self.open_url(url)
        self.notify(f"Opening {url}", timeout=3)

    def action_copy_citation(self) -> None:
        """Copy a citation: of the highlighted quote in the quote list, else of the release."""
        if (release := self._shown()) is not None:
            quotes = self.reader.query_one(QuoteNav)
            quote = quotes.current if self.focused is quotes else None
            text = self.session.citation(release, quote)
            self.copy_to_clipboard(text)
            self.notify(f"Copied: {text if len(text) <= 90 else text[:89] + '…'}", timeout=4)

    def action_copy_id(self) -> None:
        """Copy the id of the release shown (what `pressreader show` and `export` take)."""
        if (release := self._shown()) is not None:
            self.copy_to_clipboard(release.id)
            self.notify(f"Copied the id: {release.id}", timeout=4)

    def action_export(self) -> None:
        """Write the release shown as Markdown into the export folder."""
        if (release := self._shown()) is None:
            return
        try:
            path = self.session.export_markdown(release)
        except ExportFailed as exc:
            self.notify(str(exc), severity="error")
        else:
            self.notify(f"Exported to {path}", timeout=5)

    def _shown(self) -> Release | None:
        """The release in the detail pane (a notice when there is none)."""
        if (release := self.reader.release) is None:
            self.notify("Open a release first.", severity="warning", timeout=3)
        return release
