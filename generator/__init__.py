"""briefgen: event-summary source texts in, a cross-linked MkDocs microsite out."""

__version__ = "0.1.0"
