"""Printing with Qt: the QPainter renderer, PDF and printer output, the print dialog."""
