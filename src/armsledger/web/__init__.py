"""The analyst's desk: a FastAPI dashboard whose every page has a JSON twin under /api.

    >>> from armsledger.web.app import create_app
    >>> app = create_app(Settings(db="sqlite:///out/demo.db"))   # serve with uvicorn
"""
