/**
 * Documents sent to a running server (the {@code ingestDocument} mutation and {@code POST /ingest/document}) and
 * backups taken from it ({@code GET /backup}), behind the API token. An edge package like {@code cli}: it runs the
 * ingest, which the read-only {@code api} may not, and uses the api's token guard.
 */
package org.coopgraph.upload;
