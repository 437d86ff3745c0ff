// Fixture: the grading header the planted include points at.
#pragma once
