"""The baseline for bench/load.py: the smallest Flask app, served with the same gunicorn settings
as the real one, so each page's throughput can be read as a fraction of what the stack allows."""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return "hello"
