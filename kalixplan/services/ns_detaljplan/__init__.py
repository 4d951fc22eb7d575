"""Lantmäteriet's national specification NS Detaljplan 4.1: its JSON shape and code lists
(``spec``), NGP's delivery rules (``rules``), writing plans to it (``writer``) and
reading plans from it (``reader``).

Nothing is imported here.
"""
