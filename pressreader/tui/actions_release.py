"""The app's actions on the release shown: open its link, copy its citation or id, export it as
Markdown. Kept apart from tui/app.py to keep the App small."""

from __future__ import annotations

import webbrowser

from textual import work

from pressreader.errors import ExportFailed
from pressreader.model import Release
from pressreader.tables import one_line
from pressreader.tui import messages as msg
from pressreader.tui.app_base import AppBase
from pressreader.tui.widgets import QuoteNav


class ReleaseActions(AppBase):
    """Keys o, y, c and e (and their commands in the palette)."""

    def action_open_link(self) -> None:
        url = one_line(self.reader.release.url or "") if self.reader.release else ""
        if not url:
            self.notify(
                "This release has no link to open.", severity="warning", timeout=3, markup=False
            )
            return
        if self.is_web:  # served to a browser: the browser opens it
            self.open_url(url)
            self.notify(f"Opening {url}", timeout=3, markup=False)
            return
        self.open_in_browser(url)

    @work(thread=True, group="browser", exit_on_error=False)
    def open_in_browser(self, url: str) -> None:
        """Open a link in the user's browser (starting one may take a while: in a thread); when
        there is none, or it fails, say so with the link, to copy by hand."""
        try:
            opened, why = webbrowser.open(url), "no browser could be started"
        except Exception as exc:  # noqa: BLE001 - webbrowser.Error, OSError, a broken $BROWSER
            opened, why = False, f"the browser failed ({one_line(str(exc))})"
        if opened:
            self.reader.post_message(msg.Notice(f"Opening {url}", "information", timeout=3))
        else:
            text = f"Could not open the link: {why}. The link is {url}"
            self.reader.post_message(msg.Notice(text, severity="warning", timeout=20))

    def action_copy_citation(self) -> None:
        """Copy a citation: of the highlighted quote in the quote list, else of the release."""
        if (release := self._shown()) is not None:
            quotes = self.reader.query_one(QuoteNav)
            quote = quotes.current if self.focused is quotes else None
            text = self.session.citation(release, quote)
            self.copy_to_clipboard(text)
            self.notify(
                f"Copied: {text if len(text) <= 90 else text[:89] + '…'}", timeout=4, markup=False
            )

    def action_copy_id(self) -> None:
        """Copy the id of the release shown (what `pressreader show` and `export` take)."""
        if (release := self._shown()) is not None:
            self.copy_to_clipboard(release.id)
            self.notify(f"Copied the id: {release.id}", timeout=4, markup=False)

    def action_export(self) -> None:
        """Write the release shown as Markdown into the export folder."""
        if (release := self._shown()) is None:
            return
        try:
            path = self.session.export_markdown(release)
        except ExportFailed as exc:
            self.notify(str(exc), severity="error", markup=False)
        else:
            self.notify(f"Exported to {path}", timeout=5, markup=False)

    def _shown(self) -> Release | None:
        """The release in the detail pane (a notice when there is none)."""
        if (release := self.reader.release) is None:
            self.notify("Open a release first.", severity="warning", timeout=3, markup=False)
        return release
