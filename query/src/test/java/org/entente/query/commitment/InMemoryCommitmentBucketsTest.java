package org.entente.query.commitment;

class InMemoryCommitmentBucketsTest implements CommitmentBucketsContract {

    @Override
    public CommitmentBuckets emptyBuckets() {
        return new InMemoryCommitmentBuckets();
    }
}
