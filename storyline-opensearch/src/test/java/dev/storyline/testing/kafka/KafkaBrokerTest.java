package dev.storyline.testing.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.testing.process.LogsOnFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test broker is a real Kafka: records produced are consumed, a consumer group of two shares the partitions of a
 * topic (with the classic and with the new consumer group protocol), and acknowledged records survive a SIGKILL of
 * the broker.
 */
class KafkaBrokerTest {

    private static KafkaBroker broker;

    @RegisterExtension
    static final LogsOnFailure LOGS = new LogsOnFailure(() -> broker == null ? "" : broker.logTail(60));

    @BeforeAll
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    static void startBroker() {
        broker = KafkaBroker.start();
        System.out.printf("measured: Kafka broker (KRaft, combined) answering in %d ms; resident memory %d MiB%n",
                broker.startupTime().toMillis(), broker.residentMemoryBytes().orElse(-1) / (1024 * 1024));
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            System.out.printf("measured: Kafka broker peak resident memory %d MiB%n",
                    broker.peakResidentMemoryBytes().orElse(-1) / (1024 * 1024));
            broker.close();
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void recordsProducedAreConsumed() throws Exception {
        createTopic("articles", 2);
        List<String> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < 20; i++) {
                String value = "article-" + i;
                producer.send(new ProducerRecord<>("articles", "key-" + i, value)).get(30, TimeUnit.SECONDS);
                sent.add(value);
            }
        }
        try (KafkaConsumer<String, String> consumer = consumer("readers", "classic")) {
            consumer.subscribe(List.of("articles"));
            List<String> received = new ArrayList<>();
            pollUntil(Duration.ofSeconds(60), () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> received.add(record.value()));
                return received.size() >= sent.size();
            }, () -> "received " + received);
            assertThat(received).containsExactlyInAnyOrderElementsOf(sent);
        }
    }

    @ParameterizedTest(name = "group.protocol={0}")
    @ValueSource(strings = {"classic", "consumer"})
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void twoConsumersOfOneGroupShareThePartitions(String groupProtocol) throws Exception {
        String topic = "shared-" + groupProtocol;
        createTopic(topic, 2);
        try (KafkaConsumer<String, String> first = consumer("sharers-" + groupProtocol, groupProtocol);
                KafkaConsumer<String, String> second = consumer("sharers-" + groupProtocol, groupProtocol)) {
            first.subscribe(List.of(topic));
            second.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> firstRecords = new ArrayList<>();
            List<ConsumerRecord<String, String>> secondRecords = new ArrayList<>();
            pollUntil(Duration.ofSeconds(60), () -> {
                first.poll(Duration.ofMillis(100)).forEach(firstRecords::add);
                second.poll(Duration.ofMillis(100)).forEach(secondRecords::add);
                return first.assignment().size() == 1 && second.assignment().size() == 1;
            }, () -> "assignments " + first.assignment() + " and " + second.assignment());
            assertThat(union(first.assignment(), second.assignment()))
                    .containsExactlyInAnyOrder(new TopicPartition(topic, 0), new TopicPartition(topic, 1));

            try (KafkaProducer<String, String> producer = producer()) {
                for (int i = 0; i < 20; i++) {
                    producer.send(new ProducerRecord<>(topic, i % 2, "key-" + i, "value-" + i))
                            .get(30, TimeUnit.SECONDS);
                }
            }
            pollUntil(Duration.ofSeconds(60), () -> {
                first.poll(Duration.ofMillis(100)).forEach(firstRecords::add);
                second.poll(Duration.ofMillis(100)).forEach(secondRecords::add);
                return firstRecords.size() + secondRecords.size() >= 20;
            }, () -> firstRecords.size() + " and " + secondRecords.size() + " records");

            int firstPartition = first.assignment().iterator().next().partition();
            int secondPartition = second.assignment().iterator().next().partition();
            assertThat(firstRecords).hasSize(10).allMatch(record -> record.partition() == firstPartition);
            assertThat(secondRecords).hasSize(10).allMatch(record -> record.partition() == secondPartition);
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void acknowledgedRecordsSurviveASigkillOfTheBroker() throws Exception {
        createTopic("durable", 1);
        try (KafkaProducer<String, String> producer = producer()) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("durable", "key-" + i, "value-" + i)).get(30, TimeUnit.SECONDS);
            }
        }
        broker.kill9();
        long restartAt = System.nanoTime();
        broker.restart();
        System.out.printf("measured: Kafka broker restarted after SIGKILL, answering in %d ms%n",
                (System.nanoTime() - restartAt) / 1_000_000);
        try (KafkaConsumer<String, String> consumer = consumer("after-crash", "classic")) {
            consumer.subscribe(List.of("durable"));
            List<String> received = new ArrayList<>();
            pollUntil(Duration.ofSeconds(90), () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> received.add(record.value()));
                return received.size() >= 10;
            }, () -> "received " + received);
            assertThat(received).containsExactly("value-0", "value-1", "value-2", "value-3", "value-4", "value-5",
                    "value-6", "value-7", "value-8", "value-9");
        }
    }

    private static void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String group, String groupProtocol) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, groupProtocol);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static Set<TopicPartition> union(Set<TopicPartition> a, Set<TopicPartition> b) {
        Set<TopicPartition> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Runs {@code step} until it returns true; fails with {@code state} when {@code timeout} passes first. */
    private static void pollUntil(Duration timeout, java.util.function.BooleanSupplier step,
            java.util.function.Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!step.getAsBoolean()) {
            assertThat(System.nanoTime()).as("done within %s; %s", timeout, state.get()).isLessThan(deadline);
        }
    }
}
