// Anchor for the shared precompiled header target (mn_pch); holds no code.
