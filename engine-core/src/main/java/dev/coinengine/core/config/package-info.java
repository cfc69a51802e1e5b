/**
 * The engine's configuration: {@code config/scalable_engine.yaml}, a profile overlay and {@code
 * ENGINE_*} environment overrides, read by {@link dev.coinengine.core.config.ConfigLoader} into
 * validated records under {@link dev.coinengine.core.config.EngineConfig}. Every problem is a
 * {@link dev.coinengine.core.config.ConfigException} naming the file (or environment variable), the
 * dotted key and the reason. The reference is {@code docs/configuration.md}.
 */
package dev.coinengine.core.config;
