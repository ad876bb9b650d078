package dev.groupbuy.admin.sandbox;

import org.springframework.boot.test.context.SpringBootTest;

/** Lines the store refuses and messages that waited for a deal, on the embedded default: H2 file, in-process locks. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/resilience-${random.uuid}",
            "groupbuy.admin.tokens=" + PipelineResilienceContract.TOKEN,
            "groupbuy.pipeline.lock-wait=" + PipelineResilienceContract.LOCK_WAIT,
            "groupbuy.pipeline.sweep.interval=" + PipelineResilienceContract.SWEEP_INTERVAL
        })
class EmbeddedPipelineResilienceIntegrationTests extends PipelineResilienceContract {}
