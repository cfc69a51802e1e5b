/**
 * Storage ports and their adapters: object store (S3), message queue (SQS), Iceberg catalog and the
 * kline lake. Every port has an in-memory implementation and an abstract contract test.
 */
package dev.coinengine.store;
