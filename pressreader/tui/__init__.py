"""The Textual user interface: a thin layer over the data layer (the only place Textual is used)."""
