/** The object-store port ({@link dev.coinengine.store.object.ObjectStore}) and its adapters. */
package dev.coinengine.store.object;
