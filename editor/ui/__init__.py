"""The desktop editor (PySide6). The only package of Copydesk that imports Qt."""
