"""Rasd (رصد): Arabic news to evidence-linked conflict events."""

from rasd import _build  # noqa: F401 - first: picks the compiled modules or their source
from rasd.models import ArticleIn, Document, Event
from rasd.pipeline import extract

__version__ = "0.1.0"
__all__ = ["ArticleIn", "Document", "Event", "__version__", "extract"]
