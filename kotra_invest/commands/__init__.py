"""The command line's command groups: one module each, its parser and handlers together."""
