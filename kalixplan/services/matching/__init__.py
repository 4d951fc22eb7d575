"""Matching actors' land needs to parcels and parcels to actors (docs/business.md).

``run`` has the entry points; ``table`` loads the parcels once into numpy columns,
``profile`` says what a need asks for, ``ranking`` scores and ranks every parcel at
once, ``explain`` explains the parcels shown, ``rules`` holds the rules and texts.
Nothing is imported here.
"""
