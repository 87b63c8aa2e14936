"""The Qt layer. Only this package imports Qt."""
