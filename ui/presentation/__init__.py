"""Presentation mode: available land shown full screen to a visitor, site by site.

``mode.PresentationMode`` is the action (View ▸ Presentation mode, F11), entering and
leaving; ``setup_dialog`` asks which tour; ``view`` lays out the fact cards beside the
lent map. The tour itself (which sites, in which order, with which facts) is built by
``kalixplan.services.presentation``, without Qt.
"""
