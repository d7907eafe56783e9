# End-to-end tests through the crier binary.
