/**
 * Meta-training of the learned operator's weights theta: an outer evolution strategy
 * ({@code MetaTrainer}, OpenAI-ES or SNES, configured by a {@code MetaConfig} preset) over inner
 * L2E runs ({@code InnerRun}) on tasks drawn from BBOB functions at training instances 1000 and
 * above ({@code TaskDistribution}), fitness shaped across candidates ({@code MetaFitness}), validated
 * on instances 1&ndash;5 ({@code Validation}) and checkpointed so that a resumed run continues bit for
 * bit ({@code TrainingState}).
 */
package io.github.l2e4j.meta;
