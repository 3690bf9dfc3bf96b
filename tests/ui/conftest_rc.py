import sys
def pytest_sessionstart(session):
    session.config._t0 = sys.getrefcount(True)
def pytest_sessionfinish(session):
    print("\nSESSION True delta", sys.getrefcount(True) - session.config._t0, "now", sys.getrefcount(True))
