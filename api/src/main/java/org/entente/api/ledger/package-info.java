/**
 * The ledger: commitments across arrangements, as diplomats ask about them (what a party owes, what
 * falls due in a window, what is overdue across the registry).
 */
package org.entente.api.ledger;
