/**
 * Classes that break Entente's architecture rules on purpose, each in the package a rule selects, so
 * that {@code ArchitectureRulesTest} can show every rule failing. Test sources only: the production
 * import never sees them.
 */
package org.entente.archfixture;
