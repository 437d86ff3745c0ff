// Planted: a test file outside any module folder.
