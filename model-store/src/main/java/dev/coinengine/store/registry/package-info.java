/**
 * The Brain Library's model registry: versions of per-coin models, their artifacts and model cards
 * on an object store, and aliases such as {@code champion} with their full history.
 *
 * <p>{@link dev.coinengine.store.registry.ModelRegistry} is the port; {@link
 * dev.coinengine.store.registry.InMemoryModelRegistry} and {@link
 * dev.coinengine.store.registry.IcebergModelRegistry} implement it with the same registration
 * protocol (described in {@code docs/model-registry.md}).
 */
package dev.coinengine.store.registry;
