"""File → Import… and File → Export…: the dialogs over orgdesigner.io's readers and writers."""
