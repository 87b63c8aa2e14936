"""Sub-commands of ``ops-desktop``. Each module registers its parsers and handlers."""
