"""The pipeline's stages, one module each; registered in ``pipeline.factories``."""
