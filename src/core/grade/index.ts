/** Competition grade (xếp loại thi đua) from an editable rule table. */
export { GRADE_RULES_2015, type GradeRule } from './gradeRules';
export { gradeUnit, type GradeResult } from './gradeUnit';
export { gradeRulesFromGrid } from './gradeRulesFromGrid';
export { gradeUnits, type GradedUnits } from './gradeUnits';
