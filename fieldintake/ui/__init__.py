"""The PySide6 desktop application: windows, models, workers."""
