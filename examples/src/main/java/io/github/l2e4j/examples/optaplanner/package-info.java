/**
 * OptaPlanner examples and the tables of docs/hosts-optaplanner.md: a portfolio and a facility
 * location planning problem solved with L2E moves beside OptaPlanner's change moves
 * ({@code ExampleApp}; {@code PlanningExample} runs one solver configuration; {@code HostTable}
 * and {@code SettingsTable} print the tables).
 */
package io.github.l2e4j.examples.optaplanner;
