"""Exporting layers: ``layers`` gathers what is exported, ``files`` writes the formats.

Nothing is imported here.
"""
