package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

    @Test
    void resultsArriveInSubmissionOrderWhateverTheTaskDurations() throws InterruptedException {
        Random random = new Random(7);
        List<Integer> seen = new ArrayList<>();

        new OrderedPipeline<Integer>(4, 1 << 20).run(feed -> {
            try {
                for (int i = 0; i < 200; i++) {
                    int n = i;
                    int sleep = random.nextInt(3);
                    if (i % 10 == 0) {
                        feed.emit(n);
                    } else {
                        feed.submit(10, () -> {
                            Thread.sleep(sleep);
                            return n;
                        });
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, seen::add);

        assertThat(seen).hasSize(200).isSorted();
    }

    @Test
    void bytesInFlightStayUnderTheBudgetButOneLargeInputStillPasses() throws InterruptedException {
        AtomicLong inFlight = new AtomicLong();
        AtomicLong most = new AtomicLong();
        List<Long> seen = new ArrayList<>();

        new OrderedPipeline<Long>(4, 100).run(feed -> {
            try {
                for (long size : new long[] {40, 40, 40, 500, 40, 40}) {
                    feed.submit(size, () -> {
                        most.accumulateAndGet(inFlight.addAndGet(size), Math::max);
                        Thread.sleep(5);
                        inFlight.addAndGet(-size);
                        return size;
                    });
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, seen::add);

        assertThat(seen).containsExactly(40L, 40L, 40L, 500L, 40L, 40L);
        assertThat(most.get()).isLessThanOrEqualTo(500);
    }

    @Test
    void aFailureWhileReadingIsReportedNotSwallowed() {
        assertThatThrownBy(() -> new OrderedPipeline<Integer>(2, 100).run(feed -> {
            throw new IllegalArgumentException("disk on fire");
        }, r -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("disk on fire");
    }
}
