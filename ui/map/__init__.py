"""The embedded interactive map: the widget, its bridge to the page, its web profile."""
