"""The Qt desktop application: windows, panels, item models, dialogs, map widget, printing."""
