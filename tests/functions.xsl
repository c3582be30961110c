<?xml version="1.0"?>
<!-- Prints a profile's function table as "file<TAB>name<TAB>value" lines
     ("object<TAB>file<TAB>name<TAB>value" with -stringparam object yes):
     the summary's, or region $region's; the value of metric $metric, 0
     where the function leaves it out (docs/profile.rng, version 2). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:param name="region" select="''"/>
  <xsl:param name="metric" select="'Ir'"/>
  <xsl:param name="object" select="'no'"/>
  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$region = ''">
        <xsl:apply-templates select="/profile/summary/function"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="/profile/region[@name = $region]/function"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="function">
    <xsl:if test="$object = 'yes'">
      <xsl:value-of select="@object"/><xsl:text>&#9;</xsl:text>
    </xsl:if>
    <xsl:value-of select="@file"/><xsl:text>&#9;</xsl:text>
    <xsl:value-of select="@name"/><xsl:text>&#9;</xsl:text>
    <xsl:choose>
      <xsl:when test="@*[name() = $metric]">
        <xsl:value-of select="@*[name() = $metric]"/>
      </xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
