/** Opening Iceberg catalogs: JDBC (SQLite) with S3 file IO, and in-memory for tests. */
package dev.coinengine.store.iceberg;
