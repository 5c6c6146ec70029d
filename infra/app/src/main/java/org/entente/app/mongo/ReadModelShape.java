package org.entente.app.mongo;

/**
 * The shape a projection's read model has in this build. When a build changes what a projection
 * stores (new fields, a read model derived beside it), the shape goes up, and a registry whose stored
 * model has an older shape rebuilds it at start-up ({@link ReadModelShapes}). Declared as a bean by the
 * feature that owns the projection.
 */
public record ReadModelShape(String processingGroup, int shape) {
}
