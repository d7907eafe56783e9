#!/usr/bin/env python3
"""server.py - crier's loopback HTTP test server, with faults on demand.

Listens on 127.0.0.1 (port 0 unless --port is given; HTTPS with --tls
CERT KEY), prints the port on its first line of output, and serves until
--lifetime seconds have passed or its parent process has gone.  Python 3
standard library only.

Paths:
  /feeds/NAME          a file of the --root directory, with an ETag and a
                       Last-Modified; answers 304 to a matching
                       If-None-Match or If-Modified-Since.  ?validators=
                       etag, lm or none sends only those.  Gzipped when the
                       client accepts gzip.  ?delay=S answers after S
                       seconds.
  /gen/N.xml           a generated RSS feed, number N, of ?items= (20)
                       items, with an ETag (for the load benchmark).
  /echo?body=B&etag=E&lm=L  body B with the given validators; 304 when the
                       request's If-None-Match is E or If-Modified-Since L.
  /headers             the request's headers, as the body
  /fault/404, /fault/500        that status, with a small HTML page
  /fault/loop                   a redirect loop (/fault/loop?n+1, forever)
  /fault/redirect               a 301 to /feeds/news.xml
  /fault/redirect-file          a 302 to file:///etc/passwd
  /fault/hang                   accepts the request and never answers
  /fault/drip                   a feed trickling out a byte every 0.2 s
  /fault/big?size=N             N bytes (default 11 MiB) with a length
  /fault/big-stream?size=N      the same, streamed without a length
  /fault/gzip-bomb?size=N       gzip that inflates to N (default 1 GiB)
  /fault/bad-gzip               "gzip" that is not gzip
  /fault/wrong-charset          latin1.xml sent as charset=utf-8
  /fault/truncated              news.xml cut in the middle (complete HTTP)
  /fault/cut                    a length that promises more than is sent
  /fault/html                   page.html, an HTML page, where a feed goes
  /fault/close                  closes the connection without a word
  /fault/empty                  200 with an empty body
"""
import argparse
import email.utils
import gzip
import hashlib
import os
import ssl
import sys
import threading
import time
import urllib.parse
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TYPES = {".xml": "application/xml", ".html": "text/html; charset=utf-8",
         ".json": "application/feed+json"}
MIB = 1024 * 1024


SYLLABLES = ("ka lo mi nu pe ra si to vu be do fi gu ha je ko li mo ne "
             "pa re sa ti vo").split()


def gen_words(seed, count):
    """count made-up words (three syllables each, some 15,000 of them)
    from a small deterministic generator: items built from them share
    almost no words, so that no two read as one story."""
    out = []
    for _ in range(count):
        word = ""
        for _ in range(3):
            seed = (seed * 1103515245 + 12345) % 2147483648
            word += SYLLABLES[(seed >> 16) % len(SYLLABLES)]
        out.append(word)
    return out


def gen_feed(n, items):
    """A small RSS feed of our own words, number n, with items items; every
    item's headline and text differ, so that no two read as one story."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">'
             '<channel><title>Generated feed %d</title>'
             '<link>http://gen.example.net/%d/</link>' % (n, n)]
    for i in range(items):
        w = gen_words(n * 1000 + i, 14)
        parts.append(
            '<item><title>%s %s by the %s %s</title>'
            '<link>http://gen.example.net/%d/%d.html</link>'
            '<guid>gen-%d-%d</guid>'
            '<pubDate>Mon, 15 Apr 2024 %02d:%02d:00 GMT</pubDate>'
            '<description>The %s and the %s of the %s were in %s. '
            'Then the %s was at the %s, and the %s was with the '
            '%s.</description>'
            '</item>' % (w[0].capitalize(), w[1], w[2], w[3], n, i, n, i,
                         i % 24, n % 60, w[4], w[5], w[6], w[7], w[8], w[9],
                         w[10], w[11]))
    parts.append('</channel></rss>\n')
    return "".join(parts).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "crier-test/1"

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("server.py: %s\n" % (fmt % args))

    # ---- helpers ----

    def send(self, status, body=b"", ctype="application/xml",
             headers=(), length=True):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in headers:
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def page(self, status, text):
        body = ("<!DOCTYPE html><html><head><title>%d %s</title></head>"
                "<body><h1>%s</h1></body></html>\n"
                % (status, text, text)).encode()
        self.send(status, body, "text/html; charset=utf-8")

    def stream(self, status, chunks, ctype, headers=()):
        """Sends chunks (an iterable of bytes) without a length."""
        self.send(status, b"", ctype, headers, length=False)
        try:
            for chunk in chunks:
                self.wfile.write(chunk)
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def read_root(self, name):
        path = os.path.join(self.server.root, os.path.basename(name))
        with open(path, "rb") as f:
            return f.read(), os.path.getmtime(path), path

    def not_modified(self, etag, lm):
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if inm is not None:
            return etag is not None and inm.strip() == etag
        return ims is not None and lm is not None and ims.strip() == lm

    def validated(self, body, ctype, etag, lm):
        """Sends body, or 304, with the validators that are not None."""
        headers = []
        if etag:
            headers.append(("ETag", etag))
        if lm:
            headers.append(("Last-Modified", lm))
        if self.not_modified(etag, lm):
            self.send_response(304)
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            return
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        self.send(200, body, ctype, headers)

    # ---- the paths ----

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        self.query = urllib.parse.parse_qs(url.query)
        path = url.path
        try:
            if path.startswith("/feeds/"):
                return self.feed(path[len("/feeds/"):])
            if path.startswith("/gen/"):
                return self.gen(path[len("/gen/"):])
            if path == "/echo":
                return self.echo()
            if path == "/headers":
                return self.send(200, str(self.headers).encode(),
                                 "text/plain; charset=utf-8")
            if path.startswith("/fault/"):
                fault = getattr(self, "fault_" + path[7:].replace("-", "_"),
                                None)
                if fault:
                    return fault()
            self.page(404, "Not Found")
        except FileNotFoundError:
            self.page(404, "Not Found")
        except (BrokenPipeError, ConnectionResetError):
            pass

    do_HEAD = do_GET

    def arg(self, name, default):
        return self.query.get(name, [default])[0]

    def feed(self, name):
        if self.server.stopping.wait(float(self.arg("delay", "0"))):
            return
        body, mtime, path = self.read_root(name)
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        lm = email.utils.formatdate(mtime, usegmt=True)
        which = self.arg("validators", "both")
        self.validated(body, TYPES.get(os.path.splitext(path)[1],
                                       "application/octet-stream"),
                       etag if which in ("both", "etag") else None,
                       lm if which in ("both", "lm") else None)

    def gen(self, name):
        n = int(name.split(".")[0])
        body = gen_feed(n, int(self.arg("items", "20")))
        etag = '"gen-%d-%d"' % (n, len(body))
        self.validated(body, "application/rss+xml", etag, None)

    def echo(self):
        self.validated(self.arg("body", "").encode(),
                       "text/plain; charset=utf-8",
                       self.arg("etag", None), self.arg("lm", None))

    def fault_404(self):
        self.page(404, "Not Found")

    def fault_500(self):
        self.page(500, "Internal Server Error")

    def fault_loop(self):
        n = int(url_query_int(self.path))
        self.send(302, b"", None, [("Location", "/fault/loop?%d" % (n + 1))])

    def fault_redirect(self):
        self.send(301, b"", None, [("Location", "/feeds/news.xml")])

    def fault_redirect_file(self):
        self.send(302, b"", None, [("Location", "file:///etc/passwd")])

    def fault_hang(self):
        # Holds the connection open, silent, until the server stops.
        self.server.stopping.wait(self.server.lifetime)
        self.close_connection = True

    def fault_drip(self):
        body, _, _ = self.read_root("news.xml")
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for i in range(len(body)):
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
                if self.server.stopping.wait(0.2):
                    break
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def fault_big(self):
        size = int(self.arg("size", str(11 * MIB)))
        self.send(200, b"<" * size, "application/xml")

    def fault_big_stream(self):
        size = int(self.arg("size", str(11 * MIB)))
        chunk = b"<" * 65536
        self.stream(200, (chunk[:min(65536, size - i)]
                          for i in range(0, size, 65536)), "application/xml")

    def fault_gzip_bomb(self):
        size = int(self.arg("size", str(1024 * MIB)))
        self.stream(200, bomb(size), "application/xml",
                    [("Content-Encoding", "gzip")])

    def fault_bad_gzip(self):
        self.send(200, b"this is not gzip at all, " * 40, "application/xml",
                  [("Content-Encoding", "gzip")])

    def fault_wrong_charset(self):
        body, _, _ = self.read_root("latin1.xml")
        self.send(200, body, "application/rss+xml; charset=utf-8")

    def fault_truncated(self):
        body, _, _ = self.read_root("news.xml")
        self.send(200, body[:len(body) // 2], "application/rss+xml")

    def fault_cut(self):
        body, _, _ = self.read_root("news.xml")
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[:len(body) // 2])
        self.wfile.flush()
        self.close_connection = True

    def fault_html(self):
        body, _, _ = self.read_root("page.html")
        self.send(200, body, "text/html; charset=utf-8")

    def fault_close(self):
        self.close_connection = True

    def fault_empty(self):
        self.send(200, b"", "application/rss+xml")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    # Clients connecting at once while the machine is busy must not find
    # the listen queue full (its default of 5 drops their SYNs, and a
    # client then waits seconds for the retry).
    request_queue_size = 128

    def handle_error(self, request, client_address):
        # Clients that give up (the point of most faults) are not news.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def url_query_int(path):
    query = urllib.parse.urlsplit(path).query
    return int(query) if query.isdigit() else 0


def bomb(size):
    """Yields a gzip stream of size zero bytes, made as it is sent."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MIB)
    for _ in range(size // MIB):
        out = comp.compress(zeros)
        if out:
            yield out
    yield comp.flush()


def watchdog(server, lifetime, parent):
    """Stops the server after lifetime seconds or when parent is gone."""
    end = time.monotonic() + lifetime
    while time.monotonic() < end and os.getppid() == parent:
        if server.stopping.wait(0.5):
            break
    server.stopping.set()
    server.shutdown()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=os.path.join(here, "feeds"),
                    help="directory served under /feeds/")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--lifetime", type=float, default=120,
                    help="seconds before the server stops by itself")
    ap.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"),
                    help="serve HTTPS with this certificate and key")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    server = Server(("127.0.0.1", args.port), Handler)
    if args.tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(args.tls[0], args.tls[1])
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
    server.root = args.root
    server.verbose = args.verbose
    server.lifetime = args.lifetime
    server.stopping = threading.Event()
    print(server.server_address[1], flush=True)
    threading.Thread(target=watchdog, daemon=True,
                     args=(server, args.lifetime, os.getppid())).start()
    server.serve_forever(poll_interval=0.2)
    server.server_close()


if __name__ == "__main__":
    main()
