"""Dockable panels: the registers (tables with a quick search) and the land filter."""
