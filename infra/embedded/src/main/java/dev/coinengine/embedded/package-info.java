/** In-process, loopback-only servers that speak the real S3 and SQS protocols. */
package dev.coinengine.embedded;
