"""Builds the map page (folium) and the data it shows; no widgets."""
