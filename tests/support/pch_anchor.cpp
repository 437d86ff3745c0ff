// Anchor for the tests' shared precompiled header target (mn_test_pch); holds no code.
