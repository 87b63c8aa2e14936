"""The Qt-free core: models, rules and services. Nothing here may import Qt."""
