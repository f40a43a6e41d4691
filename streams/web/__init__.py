"""HTTP: the JSON API, the live page and /metrics, served by the Faust worker's web server."""
