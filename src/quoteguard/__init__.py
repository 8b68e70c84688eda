"""quoteguard: find every quotation in a draft, link it to its speaker, check the sourcing."""

__version__ = "0.1.0"
