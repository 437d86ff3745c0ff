// Fixture: a model header that reaches up into grading (must be refused).
#pragma once
#include "grading/grader.hpp"
