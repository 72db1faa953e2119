# An origin is compared byte for byte with the browser's Origin header, so
# one it could never equal (a path, upper case, no scheme) is refused.
run: serve --cors https://example.org/
exit: 2
stdout:
stderr:
hdpolicy: error: --cors: 'https://example.org/' is not accepted: an origin as browsers send it: http:// or https://, a lower-case host, an optional :port, no path, e.g. https://example.org or http://localhost:3000
