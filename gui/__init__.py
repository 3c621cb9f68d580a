"""The desktop app: a thin Qt layer over `analysis` (imports run main -> gui -> analysis)."""
